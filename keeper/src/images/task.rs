//! Provider tasks that outlive one attempt: an asynchronous provider (BFL) is paid when it accepts
//! a task, so a poll timeout, a failed download or a restart must collect that same task rather
//! than pay for a new one.

use std::fmt;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

/// A task a provider accepted (and charged for): enough to poll it and collect its image later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderTask {
    pub id: String,
    /// Where to poll it, when the provider named a URL (BFL's are regional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polling_url: Option<String>,
}

impl ProviderTask {
    /// One line of text for a job store column; [`Self::decode`] reads it back.
    pub fn encode(&self) -> String {
        // Serializing two strings cannot fail; keep the id if it somehow did.
        serde_json::to_string(self).unwrap_or_else(|_| self.id.clone())
    }

    /// Reads [`Self::encode`]'s text; a bare id (not JSON) is accepted too. `None` for empty text.
    pub fn decode(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        Some(serde_json::from_str(text).unwrap_or_else(|_| Self {
            id: text.to_owned(),
            polling_url: None,
        }))
    }
}

type Observer = Box<dyn Fn(Option<&ProviderTask>) + Send + Sync>;

/// The provider task of one image request, shared by all its attempts (see
/// [`super::ImageBackend::generate`]). Start it with the task persisted by an earlier run, if
/// any, and observe it to persist the task a backend records, so that a restart resumes it too.
#[derive(Default)]
pub struct TaskSlot {
    task: Mutex<Option<ProviderTask>>,
    observer: Option<Observer>,
}

impl fmt::Debug for TaskSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaskSlot")
            .field("task", &self.get())
            .field("observed", &self.observer.is_some())
            .finish()
    }
}

impl TaskSlot {
    /// A slot holding `resume` (a task persisted earlier) or nothing.
    pub fn new(resume: Option<ProviderTask>) -> Self {
        Self {
            task: Mutex::new(resume),
            observer: None,
        }
    }

    /// Calls `observer` with the new content whenever a backend records or drops a task. It runs
    /// inside the generation, right after the provider accepted the task, so it should be quick
    /// (one SQLite update is fine).
    #[must_use]
    pub fn observed(
        mut self,
        observer: impl Fn(Option<&ProviderTask>) + Send + Sync + 'static,
    ) -> Self {
        self.observer = Some(Box::new(observer));
        self
    }

    pub fn get(&self) -> Option<ProviderTask> {
        self.lock().clone()
    }

    /// Records `task` (`None`: the task is gone and the next attempt starts a new one) and tells
    /// the observer if that changed anything.
    pub fn set(&self, task: Option<ProviderTask>) {
        let changed = {
            let mut current = self.lock();
            let changed = *current != task;
            current.clone_from(&task);
            changed
        };
        // Outside the lock, so the observer may read the slot.
        if changed && let Some(observer) = &self.observer {
            observer(task.as_ref());
        }
    }

    // A poisoned lock only means a panic while cloning an Option; the value is still usable.
    fn lock(&self) -> std::sync::MutexGuard<'_, Option<ProviderTask>> {
        self.task
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn task(id: &str) -> ProviderTask {
        ProviderTask {
            id: id.into(),
            polling_url: Some(format!("https://api.eu1.bfl.ai/v1/get_result?id={id}")),
        }
    }

    #[test]
    fn tasks_round_trip_through_text() {
        let t = task("abc");
        assert_eq!(ProviderTask::decode(&t.encode()), Some(t));
        let bare = ProviderTask {
            id: "abc".into(),
            polling_url: None,
        };
        assert_eq!(bare.encode(), r#"{"id":"abc"}"#);
        assert_eq!(ProviderTask::decode("abc"), Some(bare));
        assert_eq!(ProviderTask::decode("  "), None);
    }

    #[test]
    fn the_observer_sees_every_change_once() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let slot = TaskSlot::new(None).observed({
            let seen = Arc::clone(&seen);
            move |t| seen.lock().unwrap().push(t.map(|t| t.id.clone()))
        });
        slot.set(Some(task("a")));
        slot.set(Some(task("a")));
        slot.set(None);
        slot.set(None);
        assert_eq!(*seen.lock().unwrap(), vec![Some("a".to_owned()), None]);
        assert_eq!(TaskSlot::new(Some(task("b"))).get(), Some(task("b")));
    }
}
