"""Timeline charts: plotly figures of events, exported as HTML pages, fragments, PNG and SVG."""
from .export import fragment_html, iframe_html, page_html
from .figure import build_figure
from .static import StaticExportUnavailable, render_image

__all__ = ["build_figure", "page_html", "fragment_html", "iframe_html", "render_image",
           "StaticExportUnavailable"]
