import BriefCLI

BriefCommand.main()
