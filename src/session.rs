//! `Session`: an `Interpreter` on a thread of its own, so the handle is `Send`
//! and many sessions run on many threads at once. Requests go over a channel;
//! the interpreter state never leaves its thread.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

use crate::error::Error;
use crate::host::HostValue;
use crate::interpreter::{Config, Interpreter, Outcome};

enum Request {
    Run(String, Sender<Result<Outcome, Error>>),
    Get(String, Sender<Option<HostValue>>),
    Set(String, HostValue),
}

/// A persistent interpreter, as an agent needs between steps: variables,
/// functions, classes and imports survive from one `run` to the next.
pub struct Session {
    requests: Option<Sender<Request>>,
    thread: Option<JoinHandle<()>>,
}

impl Session {
    pub fn new(config: Config) -> Session {
        let (tx, rx) = channel::<Request>();
        let thread = std::thread::Builder::new()
            .name("codeact-session".into())
            .spawn(move || serve(config, rx))
            .ok();
        Session {
            requests: Some(tx),
            thread,
        }
    }

    /// Runs code in this session.
    pub fn run(&mut self, code: &str) -> Result<Outcome, Error> {
        let (tx, rx) = channel();
        self.send(Request::Run(code.to_string(), tx))?;
        rx.recv()
            .map_err(|_| Error::Internal("the session's interpreter thread stopped".into()))?
    }

    /// A global variable's value, if set.
    pub fn get(&self, name: &str) -> Option<HostValue> {
        let (tx, rx) = channel();
        self.send(Request::Get(name.to_string(), tx)).ok()?;
        rx.recv().ok().flatten()
    }

    /// Sets a global variable from the host.
    pub fn set(&mut self, name: &str, value: HostValue) {
        let _ = self.send(Request::Set(name.to_string(), value));
    }

    fn send(&self, r: Request) -> Result<(), Error> {
        match &self.requests {
            Some(tx) => tx
                .send(r)
                .map_err(|_| Error::Internal("the session's interpreter thread stopped".into())),
            None => Err(Error::Internal("the session is closed".into())),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.requests.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(config: Config, rx: Receiver<Request>) {
    let mut interp = Interpreter::new(config);
    while let Ok(req) = rx.recv() {
        match req {
            Request::Run(code, reply) => {
                let _ = reply.send(interp.run(&code));
            }
            Request::Get(name, reply) => {
                let _ = reply.send(interp.get(&name));
            }
            Request::Set(name, value) => interp.set(&name, &value),
        }
    }
}
