"""统计与报表: the statistics page, its charts and the visits behind a figure."""
