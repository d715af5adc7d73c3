import Dispatch
import Synchronization

extension StageConformance {
    /// Drives one stage instance over documents the way the runner would, sequentially or from several threads.
    struct Driver {
        let stage: any Stage
        let name: String
        let environment: RunEnvironment

        /// Results in input order, whatever order the documents were processed in.
        func run(_ documents: [Document], threads: Int, reverse: Bool = false) -> (outcomes: [Outcome], problems: [Problem]) {
            let results = Shared([Outcome?](repeating: nil, count: documents.count))
            let counters = Shared([String: Int]())
            var problems: [Problem] = []
            let (name, environment) = (self.name, self.environment)
            /// Runs `work` on each unit, in reverse or in parallel if asked; each call gets its own context.
            func each(_ units: [[Int]], ordered: Bool, _ work: @escaping @Sendable ([Int], StageContext) -> Void) {
                let order = reverse && !ordered ? Array(units.reversed()) : units
                let perform: @Sendable (Int) -> Void = { k in
                    let context = StageContext(stageName: name, environment: environment)
                    work(order[k], context)
                    counters.withLock { for (key, v) in context.counters { $0[key, default: 0] += v } }
                }
                if threads > 1 {
                    DispatchQueue.concurrentPerform(iterations: order.count, execute: perform)
                } else {
                    for k in order.indices { perform(k) }
                }
            }
            let singles = documents.indices.map { [$0] }

            switch stage {
            case let s as any OrderedStage:
                problems += runOrdered(s, documents, singles: singles, each: each, results: results)
            case let s as any BatchStage:
                let size = max(1, s.maxBatchDocuments)
                let chunks = stride(from: 0, to: documents.count, by: size).map { Array($0..<min($0 + size, documents.count)) }
                each(chunks, ordered: false) { chunk, context in
                    var docs = chunk.map { documents[$0] }
                    do {
                        let verdicts = try s.process(&docs, context: context)
                        guard verdicts.count == chunk.count else {
                            let message = BatchResultCountError(documents: chunk.count, results: verdicts.count).description
                            results.withLock { r in for i in chunk { r[i] = Outcome(document: documents[i], error: message) } }
                            return
                        }
                        results.withLock { r in
                            for (k, i) in chunk.enumerated() {
                                switch verdicts[k] {
                                case .success(let v): r[i] = Outcome(document: docs[k], verdict: v)
                                case .failure(let e): r[i] = Outcome(document: docs[k], error: "\(e)")
                                }
                            }
                        }
                    } catch {
                        results.withLock { r in for i in chunk { r[i] = Outcome(document: documents[i], error: "\(error)") } }
                    }
                }
            case let s as any DocumentStage:
                each(singles, ordered: false) { unit, context in
                    let i = unit[0]
                    var doc = documents[i]
                    let outcome: Outcome
                    do {
                        outcome = Outcome(document: doc, verdict: try s.process(&doc, context: context))
                    } catch {
                        outcome = Outcome(document: doc, error: "\(error)")
                    }
                    var final = outcome
                    final.document = doc
                    results.withLock { $0[i] = final }
                }
            case let s as any CorpusStage:
                return runCorpus(s, documents, threads: threads, reverse: reverse)
            default:
                problems.append(Problem(check: "kind", message: "\(type(of: stage)) adopts none of DocumentStage, BatchStage, OrderedStage, CorpusStage"))
            }
            for (key, v) in counters.withLock({ $0 }) where v < 0 {
                problems.append(Problem(check: "stats", message: "counter \"\(key)\" is negative (\(v))"))
            }
            let outcomes = results.withLock { $0 }.enumerated().map { k, o in o ?? Outcome(document: documents[k], error: "not processed") }
            return (outcomes, problems)
        }

        private func runOrdered<S: OrderedStage>(
            _ s: S, _ documents: [Document], singles: [[Int]],
            each: ([[Int]], Bool, @escaping @Sendable ([Int], StageContext) -> Void) -> Void, results: Shared<[Outcome?]>
        ) -> [Problem] {
            let prepared = Shared([Result<S.Prepared, any Error>?](repeating: nil, count: documents.count))
            each(singles, true) { unit, context in
                let i = unit[0]
                let r = Result { try s.prepare(documents[i], context: context) }
                prepared.withLock { $0[i] = r }
            }
            let context = StageContext(stageName: name, environment: environment)
            let all = prepared.withLock { $0 }
            for i in documents.indices {
                var doc = documents[i]
                let outcome: Outcome
                switch all[i] {
                case .success(let p)?:
                    do {
                        let v = try s.commit(&doc, prepared: p, context: context)
                        outcome = Outcome(document: doc, verdict: v)
                    } catch {
                        outcome = Outcome(document: doc, error: "\(error)")
                    }
                case .failure(let e)?: outcome = Outcome(document: doc, error: "\(e)")
                case nil: outcome = Outcome(document: doc, error: "not prepared")
                }
                results.withLock { $0[i] = outcome }
            }
            return context.counters.filter { $0.value < 0 }.map { Problem(check: "stats", message: "counter \"\($0.key)\" is negative") }
        }

        private func runCorpus<S: CorpusStage>(_ s: S, _ documents: [Document], threads: Int, reverse: Bool) -> (outcomes: [Outcome], problems: [Problem]) {
            let context = StageContext(stageName: name, environment: environment)
            var total = s.makeSummary()
            for d in documents {
                var local = s.makeSummary()
                s.observe(d, into: &local, context: context)
                s.merge(local, into: &total)
            }
            do {
                let processor = try s.makeProcessor(summary: total, context: context)
                return Driver(stage: processor, name: name, environment: environment).run(documents, threads: threads, reverse: reverse)
            } catch {
                return (documents.map { Outcome(document: $0, error: "\(error)") },
                        [Problem(check: "corpus", message: "makeProcessor threw \(error)")])
            }
        }
    }
}

/// A value shared between threads under a lock.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: sending Value) { mutex = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout sending Value) throws -> sending R) rethrows -> R { try mutex.withLock(body) }
}
