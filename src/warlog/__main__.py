from warlog.cli.app import main

main()
