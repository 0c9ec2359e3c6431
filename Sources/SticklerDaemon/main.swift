print("sticklerd")
