// SeamSandbox: see DESIGN.md §1.
