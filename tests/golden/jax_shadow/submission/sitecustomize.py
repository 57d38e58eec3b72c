raise RuntimeError("the shadow sitecustomize was imported")
