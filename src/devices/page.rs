//! The pages a device sees: plain HTML, CSS and JavaScript in the binary,
//! no build step. Every text from a deck or a player is escaped.

use super::view::GroupName;
use crate::escape::html;

/// The page a device plays on (it loads its group's view itself).
pub const PLAY: &str = include_str!("play.html");

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
pub fn message(title: &str, text: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head>{STYLE}<title>{t}</title></head><body><main><h1>{t}</h1><p>{x}</p></main></body></html>",
        t = html(title),
        x = html(text)
    )
}

/// The page to type the code on, for a device that could not scan it.
pub fn join_form() -> String {
    format!(
        r#"<!doctype html><html lang="en"><head>{STYLE}<title>Join the game</title></head><body><main>
<h1>Join the game</h1>
<form id="f"><label for="code">The code on the screen</label>
<input id="code" autocomplete="off" autocapitalize="characters" maxlength="6" required>
<button type="submit">Next</button></form>
<script>
document.getElementById("f").addEventListener("submit", (e) => {{
  e.preventDefault();
  const code = document.getElementById("code").value.trim().toUpperCase();
  if (code) location.href = "/join/" + encodeURIComponent(code);
}});
</script></main></body></html>"#
    )
}

/// The join page, once the code is right: choose a group, type a name.
pub fn join(code: &str, groups: &[GroupName]) -> String {
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
        "<p>The facilitator has not added any groups yet. Reload this page when they have.</p>"
    } else {
        ""
    };
    format!(
        r#"<!doctype html><html lang="en"><head>{STYLE}<title>Join the game</title></head><body><main>
<h1>Join the game</h1>
<label for="name">Your name (optional)</label>
<input id="name" maxlength="30" autocomplete="off">
<label>Your group</label>
{none}{buttons}
<p id="error" role="alert"></p>
<script>
const code = {code};
document.querySelectorAll("button[data-group]").forEach((b) => b.addEventListener("click", async () => {{
  const body = JSON.stringify({{ code, group: Number(b.dataset.group), name: document.getElementById("name").value }});
  let r;
  try {{ r = await fetch("/api/join", {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body, credentials: "same-origin" }}); }}
  catch (e) {{ document.getElementById("error").textContent = "No connection to the game: is this device on the room's network?"; return; }}
  if (r.ok) {{ location.href = "/"; return; }}
  let j = {{}}; try {{ j = await r.json(); }} catch (e) {{}}
  document.getElementById("error").textContent = j.error || ("Refused (" + r.status + ")");
}}));
</script></main></body></html>"#,
        code = serde_json::Value::String(code.to_string())
    )
}
