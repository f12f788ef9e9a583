"""Reading articles from files, directories and stdin into Article records."""
