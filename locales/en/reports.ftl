## reports: keyplan report: text, CSV, Markdown and HTML
