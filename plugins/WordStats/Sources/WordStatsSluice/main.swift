import SluiceCLI
import WordStats

// The whole executable: the standard `sluice` command line, plus the stages of this package.
SluiceMain.run(extraStages: [WordStatsStage.factory])
