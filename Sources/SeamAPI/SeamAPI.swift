// SeamAPI: see DESIGN.md §1.
