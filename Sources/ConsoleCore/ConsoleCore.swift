// ConsoleCore: see DESIGN.md §1.
