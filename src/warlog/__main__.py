from warlog.cli.entry import main

main()
