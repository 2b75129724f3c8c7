//! Text from decks and players made inert for each format: Markdown, HTML
//! and XML, CSV. Used by the report and by printed cards alike.

/// Markdown: what Markdown (CommonMark, GitHub, Discourse) would read as
/// formatting is backslash-escaped, and nothing else (an image `![` is
/// stopped by its escaped `[`), so the text shows
/// exactly as written: no emphasis, code, links, images, HTML, tables,
/// mentions or entities anywhere, and no heading, list, quote or rule at the
/// start of a line — while dates, decimals and hyphens stay as they are
/// (`2026-11-26`, `0.5`, `co-design`). Control characters are dropped. New
/// lines become spaces unless `multiline`, where they become hard line breaks.
pub fn markdown(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str(if multiline { "  \n" } else { " " });
        }
        let chars: Vec<char> = line.chars().filter(|c| !c.is_control()).collect();
        // Where the line's text starts (after up to three spaces).
        let first = chars.iter().take_while(|&&c| c == ' ').count();
        let blank_or = |k: usize| chars.get(k).is_none_or(|&c| c == ' ');
        // A line of only `-`, `=`, `*` or `_` (and spaces) is a rule or
        // underlines the line above as a heading.
        let rule = chars.get(first).is_some_and(|&c| {
            matches!(c, '-' | '=' | '*' | '_') && chars[first..].iter().all(|&d| d == c || d == ' ')
        });
        let digits_end = first
            + chars[first..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
        for (k, &c) in chars.iter().enumerate() {
            let prev = k.checked_sub(1).and_then(|p| chars.get(p)).copied();
            let next = chars.get(k + 1).copied();
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let escape = match c {
                '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' | '@' => true,
                // Emphasis by underscores needs one at the edge of a word.
                '_' => !(word(prev) && word(next)),
                // An entity (`&amp;`, `&#60;`) needs a name or number after.
                '&' => next.is_some_and(|n| n.is_alphanumeric() || n == '#'),
                '#' => k == first,
                '-' | '+' => k == first && (blank_or(k + 1) || rule),
                '=' => k == first && rule,
                // `1.` or `1)` at the start of a line, then a space, is a list.
                '.' | ')' => k == digits_end && k > first && blank_or(k + 1),
                _ => false,
            };
            if escape {
                out.push('\\');
            }
            out.push(c);
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
        assert_eq!(markdown("![x](y)", false), "!\\[x\\](y)");
        assert_eq!(markdown("_a_ snake_case", false), "\\_a\\_ snake_case");
        assert_eq!(markdown("---", false), "\\---");
        assert_eq!(markdown("===", false), "\\===");
        assert_eq!(markdown("+ item", false), "\\+ item");
        assert_eq!(markdown("3) x", false), "3\\) x");
        assert_eq!(markdown("a\u{0}b\u{1b}[31m", false), "ab\\[31m");
    }

    #[test]
    fn dates_places_and_decimals_stay_as_written() {
        for plain in [
            "2026-11-26",
            "2017-11-16 14:00 GMT",
            "0.0",
            "1=",
            "3.5",
            "-5 degrees",
            "co-design & more",
            "Wow!",
            "1.5 hours",
        ] {
            assert_eq!(markdown(plain, false), plain);
        }
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
