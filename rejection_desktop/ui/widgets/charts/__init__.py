"""Progress charts: QtCharts views for the Progress page and its exports, plus the heatmap."""
