raise RuntimeError("the shadow pytest was imported")
