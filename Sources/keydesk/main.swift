print("keydesk")
