//! Observations: the text a model reads after its code ran or its tool call returned,
//! including errors worded so the model can fix its next attempt.
//!
//! Owns: the wording and truncation of observations. Must not: run anything or decide what
//! happens next.

use crate::{Error, Outcome};

/// Shortens `text` to at most `max_chars` characters by keeping its head and tail around a
/// marker saying how much was cut, so both the start and the end of long output stay visible.
pub fn truncate_middle(text: &str, max_chars: usize) -> String {
    let total = text.chars().count();
    if total <= max_chars {
        return text.to_string();
    }
    let head_len = max_chars / 2;
    let tail_len = max_chars - head_len;
    let cut = total - head_len - tail_len;
    let head: String = text.chars().take(head_len).collect();
    let tail: String = text.chars().skip(total - tail_len).collect();
    format!("{head}\n[... {cut} characters cut from the middle of this output ...]\n{tail}")
}

/// The observation for code that ran to the end (or to `final_answer`).
pub fn outcome_observation(outcome: &Outcome, max_chars: usize) -> String {
    let mut body = String::new();
    if !outcome.stdout.is_empty() {
        body.push_str("Printed output:\n");
        body.push_str(outcome.stdout.trim_end_matches('\n'));
        body.push('\n');
    }
    match (&outcome.final_answer, &outcome.value) {
        (Some(answer), _) => body.push_str(&format!("Final answer: {}\n", answer.repr())),
        (None, Some(v)) => body.push_str(&format!("Value of the last expression: {}\n", v.repr())),
        _ if body.is_empty() => body.push_str(
            "The code ran without printing anything. Use print() to see the values you need.\n",
        ),
        _ => {}
    }
    format!(
        "Observation:\n{}",
        truncate_middle(body.trim_end(), max_chars)
    )
}

/// The observation for code that failed: what it printed before failing, where it failed,
/// the Python-style error, and what to do.
pub fn error_observation(code: &str, error: &Error, max_chars: usize) -> String {
    let line_text = |n: usize| {
        code.lines()
            .nth(n.saturating_sub(1))
            .unwrap_or("")
            .trim_end()
    };
    let body = match error {
        Error::Syntax { line, column, .. } => {
            let src = line_text(*line);
            let caret = " ".repeat(column.saturating_sub(1));
            format!(
                "Your code does not compile (line {line}, column {column}):\n    {src}\n    {caret}^\n\
                 {error}\nFix the syntax and send the whole code again."
            )
        }
        Error::Exception { line, .. } => {
            let at = match line {
                Some(n) => format!(
                    "Your code failed at line {n}:\n    {}\n",
                    line_text(*n).trim()
                ),
                None => "Your code failed:\n".to_string(),
            };
            format!(
                "{at}{error}\nFix the cause and try again. Variables assigned before the failing \
                 line still exist."
            )
        }
        Error::Limit { message, .. } => format!(
            "Your code was stopped: {message}\nDo less work in one step (fewer iterations, less \
             data, no infinite loops) and try again."
        ),
        Error::Internal(message) => {
            format!("The interpreter failed on this code ({message}). Try writing it differently.")
        }
    };
    let printed = error.stdout().trim_end_matches('\n');
    let body = if printed.is_empty() {
        body
    } else {
        format!("Printed output before the error:\n{printed}\n\n{body}")
    };
    format!("Observation:\n{}", truncate_middle(&body, max_chars))
}

/// The observation when a code agent's reply contains no code. Small models often end with
/// the answer in prose; a short reply is therefore quoted back inside a `final_answer` call
/// they can send as it is, rather than a made-up example they would copy (seen with a 0.5B
/// model that answered `final_answer(42)` after being shown `result = 6 * 7`).
pub fn missing_code_observation(reply: &str) -> String {
    let text = reply.trim();
    let text = text.strip_prefix("Thought:").unwrap_or(text).trim();
    let short = !text.is_empty() && text.chars().count() <= 300 && text.lines().count() <= 3;
    let finish = if short {
        let quoted = serde_json::Value::String(text.replace('\n', " ")).to_string();
        format!(
            "If your reply above is the final answer, send it like this:\n<code>\n\
             final_answer({quoted})\n</code>\n"
        )
    } else {
        "If you know the final answer, pass it to final_answer inside a code block.\n".to_string()
    };
    format!(
        "Observation:\nYour reply contained no code, so nothing was run. Every reply must end \
         with code between <code> and </code>; plain text is never taken as the answer.\n\
         {finish}Otherwise write the code of your next step between <code> and </code>."
    )
}

/// The observation when a tool-calling agent's reply contains no tool call.
pub fn missing_call_observation(tool_names: &[String]) -> String {
    format!(
        "Observation:\nYour reply did not call a tool. Call one of: {}. When you have the \
         answer, call final_answer with it. Without native tool calls, reply with one JSON \
         object such as {{\"name\": \"final_answer\", \"arguments\": {{\"answer\": \"...\"}}}}.",
        tool_names.join(", ")
    )
}
