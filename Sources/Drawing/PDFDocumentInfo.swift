import CCairo
import Foundation

/// PDF-only features of a canvas: metadata with fixed dates (cairo ignores SOURCE_DATE_EPOCH,
/// so a fixed date is the only way to byte-identical files), bookmarks and page labels.
extension Canvas {
    public struct Metadata: Sendable {
        public var title: String
        public var author: String
        public var subject: String
        /// `2024-01-31T00:00:00Z` form; written as both creation and modification date.
        public var date: String

        public init(title: String, author: String = "", subject: String = "", date: String) {
            self.title = title
            self.author = author
            self.subject = subject
            self.date = date
        }
    }

    public func setMetadata(_ metadata: Metadata) {
        guard format == .pdf else { return }
        let surface = cairoSurface
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if !metadata.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author) }
        if !metadata.subject.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "brief (MissionBrief)")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
    }

    /// Adds a bookmark to the current page; returns its id for children.
    @discardableResult
    public func addBookmark(_ title: String, parent: Int32 = 0, page: Int) -> Int32 {
        guard format == .pdf else { return 0 }
        return cairo_pdf_surface_add_outline(cairoSurface, parent, title, "page=\(page)", CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    public func setPageLabel(_ label: String) {
        guard format == .pdf else { return }
        cairo_pdf_surface_set_page_label(cairoSurface, label)
    }
}
