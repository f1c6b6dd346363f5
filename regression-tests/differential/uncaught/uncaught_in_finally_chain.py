def work():
    try:
        raise KeyError("during work")
    finally:
        raise OSError("during cleanup")
work()
