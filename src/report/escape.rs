//! Text from decks and players made inert for each format.

/// Markdown: characters that Markdown (CommonMark, GitHub, Discourse) could
/// read as formatting are backslash-escaped, so the text shows exactly as
/// written — no emphasis, code, links, HTML, tables, mentions or entities
/// anywhere, and no heading, list or quote at the start of a line. New lines
/// become spaces unless `multiline`, where they become hard line breaks.
pub fn markdown(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(if multiline { "  \n" } else { " " });
        }
        let line = line.trim_end_matches('\r');
        let mut start = true;
        let mut digits = false;
        for c in line.chars() {
            if c.is_control() {
                continue;
            }
            let at_start = start && matches!(c, '#' | '-' | '+' | '=' | '>' | ' ');
            let list_number = digits && matches!(c, '.' | ')');
            let always = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '@' | '&' | '!'
            );
            if (at_start && c != ' ') || list_number || always {
                out.push('\\');
            }
            out.push(c);
            digits = (start || digits) && c.is_ascii_digit();
            start = start && (c == ' ' || c.is_ascii_digit());
        }
    }
    out
}

/// A CSV cell a spreadsheet will not run as a formula: a leading `=`, `+`,
/// `-`, `@`, tab or carriage return gets an apostrophe in front. (Quoting is
/// the CSV writer's job.)
pub fn csv_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// HTML and XML text and attribute values. Characters XML 1.0 forbids are
/// dropped.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_inert() {
        assert_eq!(markdown("# Title", false), "\\# Title");
        assert_eq!(
            markdown("[x](javascript:alert(1))", false),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(markdown("a | b\n- c", true), "a \\| b  \n\\- c");
        assert_eq!(markdown("1. first", false), "1\\. first");
        assert_eq!(markdown("one\ntwo", true), "one  \ntwo");
        assert_eq!(
            markdown("@everyone <b> &amp;", false),
            "\\@everyone \\<b\\> \\&amp;"
        );
        assert_eq!(
            markdown("It's a plain sentence, 3.5 - ok.", false),
            "It's a plain sentence, 3.5 - ok."
        );
    }

    #[test]
    fn csv_formulas_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("plain"), "plain");
    }

    #[test]
    fn html_escapes_and_drops_forbidden_characters() {
        assert_eq!(html("<script>&\"'\u{1}"), "&lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(html("\u{202e}🙂"), "\u{202e}🙂");
    }
}
