// ConsoleUI: see DESIGN.md §1.
