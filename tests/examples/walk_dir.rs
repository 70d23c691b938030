//! A recursive directory walk: a generator that calls itself needs
//! `#[async_generator(boxed)]`, since a stream cannot contain itself.
//!
//! Run: `cargo run --example walk_dir -- [DIR]` (default: the current directory)

use asyncgen::async_generator;
use futures::StreamExt;
use std::io;
use std::path::PathBuf;

/// Every file under `dir`, depth first, in the order the OS lists them.
/// An unreadable directory ends the walk with its error as the last item.
#[async_generator(boxed)]
async fn walk(dir: PathBuf) -> io::Result<PathBuf> {
    let mut entries = tokio::fs::read_dir(&dir).await?;
    while let Some(entry) = entries.next_entry().await? {
        let path = entry.path();
        if entry.file_type().await?.is_dir() {
            // The recursive call returns `Pin<Box<dyn Stream + Send>>`.
            yield_from!(walk(path));
        } else {
            yield_!(Ok(path));
        }
    }
}

#[tokio::main]
async fn main() {
    let root = std::env::args_os().nth(1).map_or_else(|| PathBuf::from("."), PathBuf::from);
    let mut files = walk(root);
    while let Some(file) = files.next().await {
        match file {
            Ok(path) => println!("{}", path.display()),
            Err(e) => eprintln!("error: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// A fresh directory under the system temp dir, removed on drop.
    struct TempDir(PathBuf);
    impl TempDir {
        fn new(name: &str) -> Self {
            let nanos =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
            let dir = std::env::temp_dir().join(format!("asyncgen-{name}-{}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
        fn file(&self, rel: &str) {
            let path = self.0.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, rel).unwrap();
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn relative(root: &Path, files: Vec<io::Result<PathBuf>>) -> Vec<String> {
        let mut names: Vec<String> = files
            .into_iter()
            .map(|f| f.unwrap().strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
            .collect();
        names.sort();
        names
    }

    #[tokio::test]
    async fn finds_every_file_at_every_depth() {
        let tmp = TempDir::new("walk");
        for rel in ["top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "d/four.txt"] {
            tmp.file(rel);
        }
        std::fs::create_dir_all(tmp.0.join("empty/deeper")).unwrap();
        let files = walk(tmp.0.clone()).collect().await;
        assert_eq!(
            relative(&tmp.0, files),
            ["a/b/c/three.txt", "a/b/two.txt", "a/one.txt", "d/four.txt", "top.txt"]
        );
    }

    #[tokio::test]
    async fn a_missing_directory_is_one_error_item() {
        let tmp = TempDir::new("missing");
        let items: Vec<_> = walk(tmp.0.join("not-there")).collect().await;
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].as_ref().unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_boxed_stream_is_send() {
        let tmp = TempDir::new("send");
        tmp.file("x/y.txt");
        let root = tmp.0.clone();
        let files = tokio::spawn(walk(root).collect::<Vec<_>>()).await.unwrap();
        assert_eq!(relative(&tmp.0, files), ["x/y.txt"]);
    }
}
