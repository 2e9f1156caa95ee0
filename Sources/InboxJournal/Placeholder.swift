// placeholder: the journal lands here
