// A stand-in for the std directory: the loader only checks that it exists.
