import BriefCLI

BriefCommand.runFromCommandLine()
