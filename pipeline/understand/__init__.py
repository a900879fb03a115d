"""Understanding a document: Document (+ Framework) -> what it says about the framework.

Takes the ingested Blocks and gives: the Sections of each standard and common question
(:mod:`.segment`, using :mod:`.headings` to recognise standards by number, title, alias or
topic), the self-rating of each standard with its source (:mod:`.ratings`), the agency
(:mod:`.agencies`), the date it was submitted (:mod:`.dates`) and whether each common
question was answered (:mod:`.common_questions`).
"""
