//! The pages a device sees: plain HTML, CSS and JavaScript in the binary,
//! no build step. Every text from a deck or a player is escaped.

use super::view::GroupName;
use crate::escape::html;
use crate::say;
use crate::words::{self, Words};

/// The page a device plays on (it loads its group's view itself).
const PLAY: &str = include_str!("play.html");

/// The facilitator's remote control.
const HOST: &str = include_str!("host.html");

/// Project Fluent's JavaScript implementation (@fluent/bundle 0.19.1,
/// Apache-2.0, unchanged): the play page formats its words with it, from the
/// same `.ftl` files the rest of the game reads with the Fluent crates.
pub const FLUENT_JS: &str = include_str!("fluent.js");

/// `<html lang=… dir=…>` for a language.
fn html_tag(w: &Words) -> String {
    format!("<html lang=\"{}\" dir=\"{}\">", w.tag(), w.direction())
}

/// The play page in a language: its fixed words written in, and the
/// language's Fluent file (with English's, for what it lacks) for the words
/// the page makes as the game goes.
pub fn play(w: &'static Words) -> String {
    let english = words::english();
    render(
        w,
        ("play.html", PLAY),
        minijinja::context! {
            words => w.source(),
            english => if w.tag() == english.tag() { "" } else { english.source() },
            languages => words::shipped()
                .into_iter()
                .map(|tag| minijinja::context! { tag => tag, name => words::get(tag).name() })
                .collect::<Vec<_>>(),
        },
    )
}

/// A page's template in a language, with `more` beside its language and
/// direction; its fixed words are written in by `t(…)`.
fn render(w: &Words, (name, source): (&str, &str), more: minijinja::Value) -> String {
    let mut env = minijinja::Environment::new();
    words::add_to(&mut env);
    let page = env.template_from_named_str(name, source).and_then(|t| {
        t.render(minijinja::context! {
            lang => w.tag(),
            dir => w.direction(),
            ..more
        })
    });
    // The pages are part of the program; the tests render them in every
    // language.
    page.unwrap_or_else(|e| message(w, "Living Lab", &e.to_string()))
}

/// The host page in a language: its fixed words written in, and the words
/// its script puts together.
pub fn host(w: &'static Words) -> String {
    render(
        w,
        ("host.html", HOST),
        minijinja::context! {
            words => minijinja::context! {
                offline => say!(w, "host-offline"),
                code => say!(w, "host-code", code = "CODE"),
                minutes => say!(w, "countdown-minutes", minutes = "MINUTES"),
                admit => say!(w, "host-admit"),
                refuse => say!(w, "host-refuse"),
                remove => say!(w, "host-remove"),
                let_back => say!(w, "host-let-back"),
                waiting => say!(w, "host-waiting"),
                removed => say!(w, "host-removed"),
                refused => say!(w, "host-refused"),
                nobody => say!(w, "panel-nobody"),
                approve => say!(w, "host-approve"),
                edit => say!(w, "host-edit"),
                hide => say!(w, "host-hide"),
            },
        },
    )
}

/// The page of a device that waits for the facilitator to let it in: it
/// asks every few seconds (an ordinary request, which any proxy carries)
/// and opens the game once let in, or says it was not.
pub fn waiting(w: &Words) -> String {
    format!(
        r#"<!doctype html>{h}<head>{STYLE}<title>{title}</title></head><body><main>
<h1>{title}</h1>
<p role="status">{text}</p>
<script>
setInterval(async () => {{
  try {{
    const r = await fetch("/api/state", {{ credentials: "same-origin", cache: "no-store" }});
    if (r.status !== 202) location.reload();
  }} catch (e) {{}}
}}, 3000);
</script></main></body></html>"#,
        h = html_tag(w),
        title = html(&say!(w, "join-waiting-title")),
        text = html(&say!(w, "device-waiting")),
    )
}

const STYLE: &str = r#"<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
* { box-sizing: border-box; }
body { margin: 0; padding: 18px 14px; font: 19px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #f4f1ea; background: #1c2128; }
main { max-width: 560px; margin: 0 auto; }
h1 { font-size: 28px; margin: 8px 0 14px; }
label { display: block; font-weight: 600; margin: 16px 0 6px; }
input { font: inherit; width: 100%; min-height: 52px; border-radius: 10px; border: 2px solid #56616e; background: #12161b; color: #f4f1ea; padding: 10px 12px; }
button { font: inherit; font-weight: 700; min-height: 56px; width: 100%; margin: 8px 0; border: 0; border-radius: 12px; color: #111; background: #ddd; cursor: pointer; border-left: 14px solid transparent; text-align: left; padding: 10px 16px; }
#error { color: #ffb4a8; font-weight: 600; min-height: 1.5em; }
</style>"#;

/// A page with one heading and one sentence.
pub fn message(w: &Words, title: &str, text: &str) -> String {
    format!(
        "<!doctype html>{h}<head>{STYLE}<title>{t}</title></head><body><main><h1>{t}</h1><p>{x}</p></main></body></html>",
        h = html_tag(w),
        t = html(title),
        x = html(text)
    )
}

/// The page to type the code on, for a device that could not scan it.
pub fn join_form(w: &Words) -> String {
    format!(
        r#"<!doctype html>{h}<head>{STYLE}<title>{title}</title></head><body><main>
<h1>{title}</h1>
<form id="f"><label for="code">{code}</label>
<input id="code" autocomplete="off" autocapitalize="characters" maxlength="6" required>
<button type="submit">{next}</button></form>
<script>
document.getElementById("f").addEventListener("submit", (e) => {{
  e.preventDefault();
  const code = document.getElementById("code").value.trim().toUpperCase();
  if (code) location.href = "/join/" + encodeURIComponent(code);
}});
</script></main></body></html>"#,
        h = html_tag(w),
        title = html(&say!(w, "join-title")),
        code = html(&say!(w, "join-code")),
        next = html(&say!(w, "join-next")),
    )
}

/// The join page, once the code is right: choose a group, type a name.
pub fn join(w: &Words, code: &str, groups: &[GroupName]) -> String {
    let buttons: String = groups
        .iter()
        .map(|g| {
            format!(
                r#"<button type="button" data-group="{}" style="background:{c}1f;color:#f4f1ea;border-left-color:{c}">{}</button>"#,
                g.index,
                html(&g.name),
                c = html(&g.colour)
            )
        })
        .collect();
    let none = if groups.is_empty() {
        format!("<p>{}</p>", html(&say!(w, "join-no-groups")))
    } else {
        String::new()
    };
    format!(
        r#"<!doctype html>{h}<head>{STYLE}<title>{title}</title></head><body><main>
<h1>{title}</h1>
<label for="name">{name}</label>
<input id="name" maxlength="30" autocomplete="off">
<label>{group}</label>
{none}{buttons}
<p id="error" role="alert"></p>
<script>
const code = {code};
document.querySelectorAll("button[data-group]").forEach((b) => b.addEventListener("click", async () => {{
  const body = JSON.stringify({{ code, group: Number(b.dataset.group), name: document.getElementById("name").value }});
  let r;
  try {{ r = await fetch("/api/join", {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body, credentials: "same-origin" }}); }}
  catch (e) {{ document.getElementById("error").textContent = {offline}; return; }}
  if (r.ok) {{ location.href = "/"; return; }}
  let j = {{}}; try {{ j = await r.json(); }} catch (e) {{}}
  document.getElementById("error").textContent = j.error || {refused}.replace("STATUS", r.status);
}}));
</script></main></body></html>"#,
        h = html_tag(w),
        title = html(&say!(w, "join-title")),
        name = html(&say!(w, "join-name")),
        group = html(&say!(w, "join-group")),
        offline = script_string(&say!(w, "join-offline")),
        refused = script_string(&say!(w, "join-refused", status = "STATUS")),
        code = script_string(code)
    )
}

/// Text as a JavaScript string inside a `<script>`: JSON, with `<` written
/// as `\u003c` so no text can close the script.
fn script_string(text: &str) -> String {
    serde_json::Value::String(text.to_string())
        .to_string()
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_page_is_written_in_every_language_the_game_speaks() {
        for tag in words::shipped() {
            let w = words::get(tag);
            let page = host(w);
            assert!(
                page.contains(&format!("<html lang=\"{tag}\" dir=\"{}\">", w.direction())),
                "{tag}"
            );
            assert!(page.contains(&html(&say!(w, "host-lock"))), "{tag}");
            assert!(!page.contains("{{") && !page.contains("{%"), "{tag}");
        }
    }

    #[test]
    fn the_play_page_is_written_in_every_language_the_game_speaks() {
        for tag in words::shipped() {
            let w = words::get(tag);
            let page = play(w);
            if std::env::var_os("LIVINGLAB_DUMP_PLAY").is_some() {
                let _ = std::fs::write(format!("/tmp/play-{tag}.html"), &page);
            }
            assert!(
                page.contains(&format!("<html lang=\"{tag}\" dir=\"{}\">", w.direction())),
                "{tag}: {}",
                &page[..200.min(page.len())]
            );
            // Its fixed words are in the language, and its own Fluent file
            // rides along for the rest.
            assert!(
                page.contains(&html(&say!(w, "phone-your-solution"))),
                "{tag}"
            );
            assert!(!page.contains("{{") && !page.contains("{%"), "{tag}");
            assert!(
                page.contains("<script src=\"/fluent.js\"></script>"),
                "{tag}"
            );
        }
    }
}
