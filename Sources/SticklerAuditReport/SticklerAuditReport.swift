/// SticklerAuditReport: reports over the audit store, one writer file per format.
///
/// Main types: `GovernorsHTMLWriter` and `GovernorsJSONWriter` (the anonymised report
/// for the governing body: counts, trends, inline SVG charts, A4 print CSS) and
/// `TechnicianHTMLWriter`, `TechnicianJSONWriter`, `TechnicianCSVWriter` (one scan or one
/// device in detail, with redacted examples). `HTMLPage` and `SVGChart` are shared pieces.
///
/// Writers return text and open nothing: HTML is one self-contained file (no scripts,
/// fonts, images or links to fetch). The governors' writers take only `GovernorsFigures`,
/// which holds no names, paths, serials or values, so they cannot leak any.
import SticklerAudit
