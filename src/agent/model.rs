//! Talking to a language model: chat messages, the `Model` trait the agents drive, and
//! `OpenAiModel`, a client for any OpenAI-compatible `POST {api_base}/chat/completions`
//! (llama.cpp's llama-server, Ollama, vLLM, OpenAI).
//!
//! Owns: request bodies, streaming (server-sent events), retries with backoff, error wording,
//! token usage per call. Must not: know about agents, prompts or tools beyond passing their
//! JSON schemas through, nor panic on anything a server sends.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde_json::{json, Map, Value};

/// A boxed future, so `Model` can be used as a trait object.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Receives generated text piece by piece while a streamed reply arrives.
pub type TokenSink = dyn Fn(&str) + Send + Sync;

/// Anything that turns a conversation into the next assistant message. Implemented by the
/// HTTP client and by the replay of a recorded run; tests and embedders may add their own.
pub trait Model: Send + Sync {
    /// The model id, for logs and error messages.
    fn model_id(&self) -> String;

    /// Produces the next assistant message; `on_token` sees text as it is generated when the
    /// model streams.
    fn generate<'a>(
        &'a self,
        request: &'a ModelRequest,
        on_token: Option<&'a TokenSink>,
    ) -> BoxFuture<'a, Result<ModelReply, ModelError>>;
}

/// Who said a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    System,
    User,
    Assistant,
    Tool,
}

impl Role {
    /// The wire name used by the chat-completions API.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
            Role::Tool => "tool",
        }
    }
}

/// One message of a conversation. Content is never null on the wire: servers such as
/// llama-server reject an assistant message whose content is null.
#[derive(Clone, Debug, PartialEq)]
pub struct ChatMessage {
    pub role: Role,
    pub content: String,
    /// Native tool calls made by an assistant message.
    pub tool_calls: Vec<ToolCall>,
    /// For `Role::Tool`: which call this message answers.
    pub tool_call_id: Option<String>,
}

impl ChatMessage {
    /// A message with only text.
    pub fn new(role: Role, content: impl Into<String>) -> ChatMessage {
        ChatMessage {
            role,
            content: content.into(),
            tool_calls: Vec::new(),
            tool_call_id: None,
        }
    }

    /// The JSON object sent to the server.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("role".into(), json!(self.role.as_str()));
        m.insert("content".into(), json!(self.content));
        if !self.tool_calls.is_empty() {
            let calls = self.tool_calls.iter().map(ToolCall::to_json).collect();
            m.insert("tool_calls".into(), Value::Array(calls));
        }
        if let Some(id) = &self.tool_call_id {
            m.insert("tool_call_id".into(), json!(id));
        }
        Value::Object(m)
    }
}

/// A native (JSON) tool call requested by the model.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolCall {
    pub id: String,
    pub name: String,
    /// Parsed arguments; a string the model sent that is not JSON stays a `Value::String`.
    pub arguments: Value,
}

impl ToolCall {
    /// The OpenAI wire form (arguments as a JSON-encoded string).
    pub fn to_json(&self) -> Value {
        let arguments = match &self.arguments {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        json!({"id": self.id, "type": "function",
               "function": {"name": self.name, "arguments": arguments}})
    }
}

/// Tokens spent, as reported by the server (zero when it reports nothing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenUsage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl TokenUsage {
    /// Input plus output tokens.
    pub fn total(&self) -> u64 {
        self.input_tokens + self.output_tokens
    }
}

impl std::ops::AddAssign for TokenUsage {
    fn add_assign(&mut self, other: TokenUsage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
    }
}

/// What an agent asks of the model for one call.
#[derive(Clone, Debug, Default)]
pub struct ModelRequest {
    pub messages: Vec<ChatMessage>,
    /// Stop sequences added by the agent (merged with the model options' own).
    pub stop: Vec<String>,
    /// Tool schemas for native tool calling (the `tools` request field); empty for none.
    pub tools: Vec<Value>,
}

/// The model's answer to one call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModelReply {
    pub content: String,
    pub tool_calls: Vec<ToolCall>,
    pub usage: TokenUsage,
}

/// Why a model call failed, worded so a user knows what to fix.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelError {
    /// 401/403: the key is missing or wrong.
    Auth {
        server: String,
        model: String,
        detail: String,
    },
    /// 404: wrong API base or unknown model.
    NotFound {
        server: String,
        model: String,
        detail: String,
    },
    /// Any other HTTP error, or a retryable one that kept failing.
    Status {
        status: u16,
        server: String,
        model: String,
        detail: String,
    },
    /// The body was not a chat completion.
    BadResponse {
        server: String,
        model: String,
        detail: String,
    },
    /// Connection refused, reset, timed out.
    Network {
        server: String,
        model: String,
        detail: String,
    },
    /// The client could not be built or the run has no more recorded replies.
    Other(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Auth {
                server,
                model,
                detail,
            } => write!(
                f,
                "{server} refused the request for model '{model}' (authentication failed: \
                 {detail}); pass --api-key or set CODEACT_API_KEY or OPENAI_API_KEY"
            ),
            ModelError::NotFound {
                server,
                model,
                detail,
            } => write!(
                f,
                "{server}/chat/completions answered 404 for model '{model}' ({detail}); check \
                 that --api-base ends with /v1 and that the server serves this model"
            ),
            ModelError::Status {
                status,
                server,
                model,
                detail,
            } => write!(
                f,
                "{server} answered HTTP {status} for model '{model}': {detail}"
            ),
            ModelError::BadResponse {
                server,
                model,
                detail,
            } => write!(
                f,
                "{server} sent something that is not a chat completion for model '{model}': \
                 {detail}"
            ),
            ModelError::Network {
                server,
                model,
                detail,
            } => {
                write!(f, "cannot reach {server} for model '{model}': {detail}")
            }
            ModelError::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ModelError {}

/// Settings of an OpenAI-compatible endpoint.
#[derive(Clone, Debug)]
pub struct ModelOptions {
    pub model: String,
    /// Up to and including the version, e.g. `http://127.0.0.1:8080/v1`.
    pub api_base: String,
    pub api_key: Option<String>,
    pub temperature: Option<f64>,
    pub max_tokens: Option<u32>,
    pub stop: Vec<String>,
    pub headers: Vec<(String, String)>,
    /// Whole-call timeout without streaming; longest silence between chunks with streaming.
    pub timeout: Duration,
    /// Stream tokens as server-sent events.
    pub stream: bool,
    /// Extra attempts after a 429, a 5xx or a network error.
    pub max_retries: u32,
    /// First backoff delay; doubled on every retry unless the server sends `Retry-After`.
    pub retry_base_delay: Duration,
}

impl ModelOptions {
    /// Defaults, with the API key taken from `CODEACT_API_KEY`, else `OPENAI_API_KEY`.
    pub fn new(model: &str, api_base: &str) -> ModelOptions {
        let api_key = ["CODEACT_API_KEY", "OPENAI_API_KEY"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        ModelOptions {
            model: model.to_string(),
            api_base: api_base.trim_end_matches('/').to_string(),
            api_key,
            temperature: None,
            max_tokens: None,
            stop: Vec::new(),
            headers: Vec::new(),
            timeout: Duration::from_secs(300),
            stream: false,
            max_retries: 4,
            retry_base_delay: Duration::from_secs(1),
        }
    }
}

/// Client for an OpenAI-compatible chat-completions server.
pub struct OpenAiModel {
    options: ModelOptions,
    http: reqwest::Client,
}

impl OpenAiModel {
    /// Builds the HTTP client (rustls, no proxy lookup).
    pub fn new(options: ModelOptions) -> Result<OpenAiModel, ModelError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| ModelError::Other(format!("cannot build HTTP client: {e}")))?;
        Ok(OpenAiModel { options, http })
    }

    /// The options this client was built with.
    pub fn options(&self) -> &ModelOptions {
        &self.options
    }

    async fn generate_with_retries(
        &self,
        request: &ModelRequest,
        on_token: Option<&TokenSink>,
    ) -> Result<ModelReply, ModelError> {
        let body = self.request_body(request);
        let mut stop = self.options.stop.clone();
        stop.extend(request.stop.iter().cloned());
        let mut attempt = 0;
        loop {
            match self.attempt(&body, on_token).await {
                Ok(mut reply) => {
                    truncate_at_stop(&mut reply.content, &stop);
                    return Ok(reply);
                }
                Err(Failure::Retry { retry_after, .. }) if attempt < self.options.max_retries => {
                    let backoff = self.options.retry_base_delay * 2u32.saturating_pow(attempt);
                    let delay = retry_after.unwrap_or(backoff).min(Duration::from_secs(120));
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                Err(Failure::Retry { error, .. }) | Err(Failure::Fatal(error)) => {
                    return Err(error)
                }
            }
        }
    }

    fn request_body(&self, request: &ModelRequest) -> Value {
        let o = &self.options;
        let mut body = Map::new();
        body.insert("model".into(), json!(o.model));
        let messages = request.messages.iter().map(ChatMessage::to_json).collect();
        body.insert("messages".into(), Value::Array(messages));
        let mut stop = o.stop.clone();
        stop.extend(request.stop.iter().cloned());
        if !stop.is_empty() {
            body.insert("stop".into(), json!(stop));
        }
        if let Some(t) = o.temperature {
            body.insert("temperature".into(), json!(t));
        }
        if let Some(m) = o.max_tokens {
            body.insert("max_tokens".into(), json!(m));
        }
        if !request.tools.is_empty() {
            body.insert("tools".into(), Value::Array(request.tools.clone()));
        }
        if o.stream {
            body.insert("stream".into(), json!(true));
            body.insert("stream_options".into(), json!({"include_usage": true}));
        }
        Value::Object(body)
    }

    async fn attempt(
        &self,
        body: &Value,
        on_token: Option<&TokenSink>,
    ) -> Result<ModelReply, Failure> {
        let url = format!("{}/chat/completions", self.options.api_base);
        let mut req = self
            .http
            .post(&url)
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(key) = &self.options.api_key {
            req = req.bearer_auth(key);
        }
        for (k, v) in &self.options.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        let timeout = self.options.timeout;
        let response = match tokio::time::timeout(timeout, req.send()).await {
            Err(_) => return Err(self.retry(format!("no answer within {timeout:?}"), None)),
            Ok(Err(e)) => return Err(self.retry(error_chain(&e), None)),
            Ok(Ok(r)) => r,
        };
        let status = response.status().as_u16();
        if status != 200 {
            let retry_after = retry_after(&response);
            let text = read_text(response, timeout).await.unwrap_or_default();
            return Err(self.status_failure(status, &text, retry_after));
        }
        if self.options.stream {
            self.read_stream(response, on_token).await
        } else {
            let text = read_text(response, timeout)
                .await
                .map_err(|e| self.retry(e, None))?;
            let json: Value = serde_json::from_str(&text)
                .map_err(|e| self.fatal_bad(format!("{e}; body starts with {}", snippet(&text))))?;
            parse_completion(&json).map_err(|d| self.fatal_bad(d))
        }
    }

    async fn read_stream(
        &self,
        mut response: reqwest::Response,
        on_token: Option<&TokenSink>,
    ) -> Result<ModelReply, Failure> {
        let mut sse = SseParser::default();
        let mut acc = StreamAccumulator::default();
        let timeout = self.options.timeout;
        loop {
            let chunk = match tokio::time::timeout(timeout, response.chunk()).await {
                Err(_) => Err(format!("stream stalled for {timeout:?}")),
                Ok(r) => r.map_err(|e| error_chain(&e)),
            };
            let chunk = match chunk {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) if acc.delivered_text() => return Err(Failure::Fatal(self.network(e))),
                Err(e) => return Err(self.retry(e, None)),
            };
            for data in sse.push(&chunk) {
                if data.trim() == "[DONE]" {
                    return Ok(acc.finish());
                }
                let event: Value = serde_json::from_str(&data).map_err(|e| {
                    self.fatal_bad(format!("bad stream event ({e}): {}", snippet(&data)))
                })?;
                if let Some(err) = event.get("error") {
                    return Err(self.fatal_bad(format!("error event: {err}")));
                }
                acc.add(&event, on_token);
            }
        }
        Ok(acc.finish())
    }

    fn status_failure(&self, status: u16, body: &str, retry_after: Option<Duration>) -> Failure {
        let (server, model) = self.names();
        let detail = error_detail(body, status);
        match status {
            401 | 403 => Failure::Fatal(ModelError::Auth {
                server,
                model,
                detail,
            }),
            404 => Failure::Fatal(ModelError::NotFound {
                server,
                model,
                detail,
            }),
            429 | 500..=599 => Failure::Retry {
                error: ModelError::Status {
                    status,
                    server,
                    model,
                    detail,
                },
                retry_after,
            },
            _ => Failure::Fatal(ModelError::Status {
                status,
                server,
                model,
                detail,
            }),
        }
    }

    fn retry(&self, detail: String, retry_after: Option<Duration>) -> Failure {
        Failure::Retry {
            error: self.network(detail),
            retry_after,
        }
    }

    fn network(&self, detail: String) -> ModelError {
        let (server, model) = self.names();
        ModelError::Network {
            server,
            model,
            detail,
        }
    }

    fn fatal_bad(&self, detail: String) -> Failure {
        let (server, model) = self.names();
        Failure::Fatal(ModelError::BadResponse {
            server,
            model,
            detail,
        })
    }

    fn names(&self) -> (String, String) {
        (self.options.api_base.clone(), self.options.model.clone())
    }
}

impl Model for OpenAiModel {
    fn model_id(&self) -> String {
        self.options.model.clone()
    }

    fn generate<'a>(
        &'a self,
        request: &'a ModelRequest,
        on_token: Option<&'a TokenSink>,
    ) -> BoxFuture<'a, Result<ModelReply, ModelError>> {
        Box::pin(self.generate_with_retries(request, on_token))
    }
}

/// Cuts `text` at the first stop sequence, for servers that do not apply `stop` themselves.
pub fn truncate_at_stop(text: &mut String, stop: &[String]) {
    let cut = stop
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| text.find(s.as_str()))
        .min();
    if let Some(cut) = cut {
        text.truncate(cut);
    }
}

enum Failure {
    Retry {
        error: ModelError,
        retry_after: Option<Duration>,
    },
    Fatal(ModelError),
}

fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get("retry-after")?.to_str().ok()?;
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
}

async fn read_text(response: reqwest::Response, timeout: Duration) -> Result<String, String> {
    match tokio::time::timeout(timeout, response.text()).await {
        Err(_) => Err(format!("body not received within {timeout:?}")),
        Ok(r) => r.map_err(|e| error_chain(&e)),
    }
}

/// An error and all its sources on one line (reqwest hides the cause in `source()`).
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn error_detail(body: &str, status: u16) -> String {
    let parsed: Option<Value> = serde_json::from_str(body).ok();
    let message = parsed.as_ref().and_then(|v| {
        let e = v.get("error")?;
        e.get("message")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| e.as_str().map(str::to_string))
    });
    match message {
        Some(m) => m,
        None if body.trim().is_empty() => format!("HTTP {status} with an empty body"),
        None => snippet(body),
    }
}

fn snippet(text: &str) -> String {
    let t: String = text.trim().chars().take(200).collect();
    if t.len() < text.trim().len() {
        format!("{t:?}...")
    } else {
        format!("{t:?}")
    }
}

fn parse_completion(json: &Value) -> Result<ModelReply, String> {
    let message = json
        .pointer("/choices/0/message")
        .ok_or_else(|| format!("no choices[0].message in {}", snippet(&json.to_string())))?;
    let content = message
        .get("content")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let mut tool_calls = Vec::new();
    for (i, call) in message
        .get("tool_calls")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let name = call.pointer("/function/name").and_then(Value::as_str);
        let name = name.ok_or_else(|| format!("tool call {i} has no function name"))?;
        let id = call.get("id").and_then(Value::as_str).map(str::to_string);
        let args = call
            .pointer("/function/arguments")
            .cloned()
            .unwrap_or(Value::Null);
        tool_calls.push(ToolCall {
            id: id.unwrap_or_else(|| format!("call_{i}")),
            name: name.to_string(),
            arguments: parse_arguments(args),
        });
    }
    Ok(ModelReply {
        content: content.to_string(),
        tool_calls,
        usage: parse_usage(json.get("usage")),
    })
}

fn parse_arguments(args: Value) -> Value {
    match args {
        Value::String(s) if s.trim().is_empty() => json!({}),
        Value::String(s) => serde_json::from_str(&s).unwrap_or(Value::String(s)),
        Value::Null => json!({}),
        other => other,
    }
}

fn parse_usage(usage: Option<&Value>) -> TokenUsage {
    let get = |k: &str| {
        usage
            .and_then(|u| u.get(k))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    };
    TokenUsage {
        input_tokens: get("prompt_tokens"),
        output_tokens: get("completion_tokens"),
    }
}

/// Splits a byte stream into the `data:` payloads of server-sent events.
#[derive(Default)]
struct SseParser {
    buffer: Vec<u8>,
    data: Vec<String>,
}

impl SseParser {
    fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.buffer.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(pos) = self.buffer.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.buffer.drain(..=pos).collect();
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.is_empty() {
                if !self.data.is_empty() {
                    events.push(self.data.join("\n"));
                    self.data.clear();
                }
            } else if let Some(d) = line.strip_prefix("data:") {
                let d = d.strip_prefix(' ').unwrap_or(d);
                // Some servers omit the blank line between events; each line is a whole event.
                if self.data.is_empty()
                    && (d == "[DONE]" || serde_json::from_str::<Value>(d).is_ok())
                {
                    events.push(d.to_string());
                } else {
                    self.data.push(d.to_string());
                }
            }
        }
        events
    }
}

/// Builds a reply from streamed deltas.
#[derive(Default)]
struct StreamAccumulator {
    content: String,
    calls: Vec<(String, String, String)>,
    usage: TokenUsage,
}

impl StreamAccumulator {
    fn add(&mut self, event: &Value, on_token: Option<&TokenSink>) {
        if let Some(u) = event.get("usage").filter(|u| u.is_object()) {
            self.usage = parse_usage(Some(u));
        }
        let Some(delta) = event.pointer("/choices/0/delta") else {
            return;
        };
        if let Some(text) = delta.get("content").and_then(Value::as_str) {
            if !text.is_empty() {
                self.content.push_str(text);
                if let Some(sink) = on_token {
                    sink(text);
                }
            }
        }
        for call in delta
            .get("tool_calls")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let index = call.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
            while self.calls.len() <= index {
                self.calls.push(Default::default());
            }
            let slot = &mut self.calls[index];
            if let Some(id) = call.get("id").and_then(Value::as_str) {
                slot.0 = id.to_string();
            }
            if let Some(name) = call.pointer("/function/name").and_then(Value::as_str) {
                slot.1.push_str(name);
            }
            if let Some(args) = call.pointer("/function/arguments").and_then(Value::as_str) {
                slot.2.push_str(args);
            }
        }
    }

    fn delivered_text(&self) -> bool {
        !self.content.is_empty()
    }

    fn finish(self) -> ModelReply {
        let tool_calls = self
            .calls
            .into_iter()
            .enumerate()
            .filter(|(_, c)| !c.1.is_empty())
            .map(|(i, (id, name, args))| ToolCall {
                id: if id.is_empty() {
                    format!("call_{i}")
                } else {
                    id
                },
                name,
                arguments: parse_arguments(Value::String(args)),
            })
            .collect();
        ModelReply {
            content: self.content,
            tool_calls,
            usage: self.usage,
        }
    }
}
