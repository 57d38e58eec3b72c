raise RuntimeError("the shadow numpy was imported")
