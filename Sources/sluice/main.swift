import SluiceCLI

SluiceMain.run()
