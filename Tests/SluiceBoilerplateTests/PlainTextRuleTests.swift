import Foundation
import Testing
@testable import SluiceBoilerplate

struct PlainTextRuleTests {
    let classifier = BoilerplateClassifier()

    private func rules(_ text: String, _ c: BoilerplateClassifier? = nil) -> [String: String] {
        let removals = (c ?? classifier).classifyPlainText(text)
        var out: [String: String] = [:]
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            var e = start
            while e < bytes.count && bytes[e] != 0x0A { e += 1 }
            if let r = removals.first(where: { $0.start <= start && $0.end > start }), e > start {
                out[String(decoding: bytes[start..<e], as: UTF8.self)] = r.rule
            }
            start = e + 1
        }
        return out
    }

    @Test func phrasesMatchAfterNormalisation() {
        let text = "  ADVERTISEMENT  \nShare this article:\nRead more: Markets rally on rate hopes\nComments (12)\n"
            + "Copyright 2021 Example Media. All rights reserved.\nThe central bank held rates, citing inflation risks.\n"
        let r = rules(text)
        #expect(r["  ADVERTISEMENT  "] == BoilerplateRule.phrase)
        #expect(r["Share this article:"] == BoilerplateRule.phrase)
        #expect(r["Read more: Markets rally on rate hopes"] == BoilerplateRule.phrasePrefix)
        #expect(r["Comments (12)"] == BoilerplateRule.phrase)
        #expect(r["Copyright 2021 Example Media. All rights reserved."] != nil)
        #expect(r["The central bank held rates, citing inflation risks."] == nil)
    }

    @Test func multilingualPhrases() {
        let text = "Werbung\nLire aussi : la réforme des retraites\nPublicidad\nЧитайте также\nРЕКЛАМА\n"
            + "Die Regierung hat am Montag neue Maßnahmen beschlossen, die ab Juli gelten sollen.\n"
        let r = rules(text)
        #expect(r["Werbung"] != nil)
        #expect(r["Lire aussi : la réforme des retraites"] != nil)
        #expect(r["Publicidad"] != nil)
        #expect(r["Читайте также"] != nil)
        #expect(r["РЕКЛАМА"] != nil)
        #expect(r.count == 5)
    }

    @Test func prefixesDoNotFireInsideProse() {
        let text = "Share prices fell sharply on Monday after the company warned on profits for the year.\n"
            + "Related research suggests the effect is small, the authors wrote in their report.\n"
            + "Watch makers in Switzerland reported record exports last month.\n"
        #expect(rules(text).isEmpty)
    }

    @Test func extraPhrasesAreUserExtendable() {
        var config = BoilerplateConfig()
        config.extraPhrases = ["Brought to you by ACME"]
        let custom = BoilerplateClassifier(config: config)
        let text = "Brought to you by ACME!\nThe storm moved north overnight, forecasters said.\n"
        #expect(rules(text, custom)["Brought to you by ACME!"] == BoilerplateRule.phrase)
        var none = BoilerplateConfig()
        none.useBuiltinPhrases = false
        none.enabledFamilies = [.phrases]
        #expect(BoilerplateClassifier(config: none).classifyPlainText("Advertisement\n").isEmpty)
    }

    @Test func shortRunNeedsAnchoringBoilerplate() {
        // A list of short ingredient lines with no boilerplate around stays.
        let recipe = "Pancakes are easy to make at home with a few basic ingredients.\n2 eggs\n1 cup flour\nMilk\nButter\n"
            + "Whisk everything together and let the batter rest for ten minutes.\n"
        #expect(classifier.classifyPlainText(recipe).isEmpty)
        // The same shape next to a "Share" widget goes.
        let widget = "The minister resigned on Friday after weeks of pressure from colleagues.\nShare\nFacebook Messenger\n"
            + "Copy link\nX Post\n"
        let r = rules(widget)
        #expect(r["Facebook Messenger"] == BoilerplateRule.shortRun)
        #expect(r["X Post"] == BoilerplateRule.shortRun)
    }

    @Test func headlineBeforeInjectedBoilerplateStays() {
        let text = "Markets slide\nAdvertisement\nMost popular\nShares fell across Asia on Tuesday as investors worried about slowing growth in China.\n"
        let r = rules(text)
        #expect(r["Markets slide"] == nil)
        #expect(r["Advertisement"] != nil && r["Most popular"] != nil)
    }

    @Test func creditsBylinesShapes() {
        let text = "By Jane Doe\nFirefighters at the scene on Sunday. Photo: Reuters\nPosted 3 hours ago\n"
            + "hero-image_2024-05\nHome › World › Europe\nJuly 19, 2022\n"
            + "The fire broke out shortly after midnight, officials said in a statement.\n"
        let r = rules(text)
        #expect(r["By Jane Doe"] == BoilerplateRule.byline)
        #expect(r["Firefighters at the scene on Sunday. Photo: Reuters"] == BoilerplateRule.photoCredit)
        #expect(r["Posted 3 hours ago"] != nil)
        #expect(r["hero-image_2024-05"] == BoilerplateRule.slug)
        #expect(r["Home › World › Europe"] == BoilerplateRule.breadcrumb)
        #expect(r["July 19, 2022"] == BoilerplateRule.timestamp)
        #expect(r["The fire broke out shortly after midnight, officials said in a statement."] == nil)
    }

    @Test func c4FamilyIsOptIn() {
        let text = "A line without punctuation at the end\nA proper sentence ends here.\n"
        #expect(classifier.classifyPlainText(text).isEmpty)
        var config = BoilerplateConfig()
        config.enabledFamilies.insert(.c4)
        let r = rules(text, BoilerplateClassifier(config: config))
        #expect(r["A line without punctuation at the end"] == BoilerplateRule.c4NoTerminalPunctuation)
        #expect(r["A proper sentence ends here."] == nil)
    }

    @Test func removalsCoverNewlinesAndApplyCleanly() {
        let text = "Advertisement\n\nAdvertisement\nBody text stays here, as it should.\n"
        let removals = classifier.classifyPlainText(text)
        #expect(BoilerplateClassifier.apply(removals, to: text) == "Body text stays here, as it should.\n")
    }

    @Test func tooLittleContentIsDroppedWithReason() {
        let text = "Advertisement\nSubscribe to our newsletter\nOK.\n"
        let removals = classifier.classifyPlainText(text)
        let verdict = classifier.assess(text, removals: removals)
        #expect(verdict.shouldDrop)
        #expect(verdict.dropReason?.hasPrefix("too-little-content") == true)
        let long = String(repeating: "The committee published its findings on Thursday morning. ", count: 10)
        #expect(!classifier.assess(long, removals: classifier.classifyPlainText(long)).shouldDrop)
    }
}
