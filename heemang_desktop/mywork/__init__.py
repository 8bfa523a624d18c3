"""나의업무: what needs the user now, gathered from every feature's work-item providers."""
