//! `web_search` (a DuckDuckGo-style HTML results page, parsed into title/url/snippet) and
//! `visit_webpage` (a page fetched and turned into readable text).
//!
//! Owns: the HTTP fetches of the tools, with their timeout and response-size cap, and the
//! result wording. Must not: follow anything but http(s) URLs, or return unbounded text.

use reqwest::Url;

use crate::{HostValue, Tool, ValueType};

use super::super::model::error_chain;
use super::html::{html_to_text, tokenize, Token};
use super::WebOptions;

/// One search hit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchResult {
    pub title: String,
    pub url: String,
    pub snippet: String,
}

/// `web_search(query: str) -> str`: the top results as a numbered markdown list.
pub fn web_search_tool(opts: WebOptions, runtime: tokio::runtime::Handle) -> Tool {
    let client = http_client();
    let func = move |args: Vec<HostValue>| {
        let query = args
            .into_iter()
            .next()
            .map(|q| q.to_text())
            .unwrap_or_default();
        if query.trim().is_empty() {
            return Err("the query is empty".to_string());
        }
        let url = Url::parse_with_params(&opts.search_endpoint, [("q", query.as_str())])
            .map_err(|e| format!("bad search endpoint {}: {e}", opts.search_endpoint))?;
        let page = runtime.block_on(fetch(&client, url, &opts))?;
        let results = parse_search_results_at(&page.body, Some(&page.url));
        if results.is_empty() {
            return Err(format!(
                "no results for '{query}'; try a shorter or different query"
            ));
        }
        let mut text = format!("## Search results for \"{query}\"\n");
        for (i, r) in results.iter().take(opts.max_results).enumerate() {
            text.push_str(&format!(
                "\n{}. [{}]({})\n   {}\n",
                i + 1,
                r.title,
                r.url,
                r.snippet
            ));
        }
        Ok(HostValue::Str(text))
    };
    Tool::new(
        "web_search",
        "Searches the web and returns the top results (title, URL and a short snippet each).",
        func,
    )
    .input("query", ValueType::String, "What to search for.")
    .output(ValueType::String)
}

/// `visit_webpage(url: str) -> str`: the page as markdown-like text, truncated.
pub fn visit_webpage_tool(opts: WebOptions, runtime: tokio::runtime::Handle) -> Tool {
    let client = http_client();
    let func = move |args: Vec<HostValue>| {
        let raw = args
            .into_iter()
            .next()
            .map(|u| u.to_text())
            .unwrap_or_default();
        let url = Url::parse(raw.trim()).map_err(|e| format!("'{raw}' is not a valid URL: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!(
                "only http and https URLs can be visited, not '{raw}'"
            ));
        }
        let page = runtime.block_on(fetch(&client, url, &opts))?;
        let ct = page.content_type.to_ascii_lowercase();
        let looks_html =
            ct.contains("html") || (ct.is_empty() && page.body.trim_start().starts_with('<'));
        let mut text = if looks_html {
            html_to_text(&page.body, Some(&page.url))
        } else if ct.is_empty()
            || ct.starts_with("text/")
            || ct.contains("json")
            || ct.contains("xml")
        {
            page.body
        } else {
            return Err(format!(
                "{} is '{ct}', which cannot be read as text",
                page.url
            ));
        };
        let total = text.chars().count();
        if total > opts.max_page_chars {
            text = text.chars().take(opts.max_page_chars).collect();
            let more = total - opts.max_page_chars;
            text.push_str(&format!(
                "\n\n[... page truncated: {more} more characters ...]"
            ));
        } else if page.truncated {
            text.push_str(&format!(
                "\n\n[... page cut at {} bytes ...]",
                opts.max_response_bytes
            ));
        }
        Ok(HostValue::Str(text))
    };
    Tool::new(
        "visit_webpage",
        "Fetches a web page and returns its content as readable markdown text.",
        func,
    )
    .input(
        "url",
        ValueType::String,
        "The full http(s) URL of the page.",
    )
    .output(ValueType::String)
}

/// Results of a DuckDuckGo HTML page (`a.result__a` titles, `.result__snippet` snippets;
/// redirect links are unwrapped, ads dropped).
pub fn parse_search_results(html: &str) -> Vec<SearchResult> {
    parse_search_results_at(html, None)
}

fn parse_search_results_at(html: &str, base: Option<&Url>) -> Vec<SearchResult> {
    let mut results: Vec<SearchResult> = Vec::new();
    // (tag that closes the capture, is title, text so far, href)
    let mut capture: Option<(String, bool, String, String)> = None;
    for token in tokenize(html) {
        match (&mut capture, &token) {
            (Some((_, _, text, _)), Token::Text(t)) => text.push_str(t),
            (Some((close, is_title, text, href)), Token::End { name }) if name == close => {
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if *is_title {
                    let url = result_url(href, base);
                    if !url.contains("duckduckgo.com/y.js") {
                        results.push(SearchResult {
                            title: text,
                            url,
                            snippet: String::new(),
                        });
                    }
                } else if let Some(last) = results.last_mut() {
                    last.snippet = text;
                }
                capture = None;
            }
            (None, Token::Start { name, .. }) => {
                if token.is_start_with_class("a", "result__a") {
                    let href = token.attr("href").unwrap_or_default().to_string();
                    capture = Some((name.clone(), true, String::new(), href));
                } else if ["a", "div", "td"]
                    .iter()
                    .any(|n| token.is_start_with_class(n, "result__snippet"))
                {
                    capture = Some((name.clone(), false, String::new(), String::new()));
                }
            }
            _ => {}
        }
    }
    results
}

fn result_url(href: &str, base: Option<&Url>) -> String {
    let parsed = match base {
        Some(b) => b.join(href),
        None if href.starts_with("//") => Url::parse(&format!("https:{href}")),
        None => Url::parse(href),
    };
    let Ok(url) = parsed else {
        return href.to_string();
    };
    if url.path().starts_with("/l/") {
        if let Some((_, target)) = url.query_pairs().find(|(k, _)| k == "uddg") {
            return target.into_owned();
        }
    }
    url.to_string()
}

struct Page {
    url: Url,
    content_type: String,
    body: String,
    truncated: bool,
}

fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent("Mozilla/5.0 (X11; Linux x86_64) codeact-agent/0.1")
        .build()
        .unwrap_or_default()
}

async fn fetch(client: &reqwest::Client, url: Url, opts: &WebOptions) -> Result<Page, String> {
    let shown = url.to_string();
    let work = async {
        let mut response = client
            .get(url)
            .send()
            .await
            .map_err(|e| format!("cannot fetch {shown}: {}", error_chain(&e)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("{shown} answered HTTP {status}"));
        }
        let final_url = response.url().clone();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let mut body = Vec::new();
        let mut truncated = false;
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| format!("reading {shown} failed: {}", error_chain(&e)))?
        {
            let room = opts.max_response_bytes - body.len();
            if chunk.len() >= room {
                body.extend_from_slice(&chunk[..room]);
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Page {
            url: final_url,
            content_type,
            body: String::from_utf8_lossy(&body).into_owned(),
            truncated,
        })
    };
    match tokio::time::timeout(opts.timeout, work).await {
        Ok(result) => result,
        Err(_) => Err(format!("{shown} did not answer within {:?}", opts.timeout)),
    }
}
