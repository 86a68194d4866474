KioskCommand.main()
