import Redact
import SluiceCLI

// The same stage compiled in (no dlopen): the benchmark's point of comparison (benchmarks/plugins/run.sh).
SluiceMain.run(extraStages: [RedactStage.factory])
