print("thirsty")
