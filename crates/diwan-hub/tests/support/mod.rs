//! A private PostgreSQL cluster for a test: `initdb` into a temporary
//! folder (as the `postgres` user when the tests run as root: initdb
//! refuses root), started on a free loopback port with its socket in that
//! folder, stopped and deleted when dropped. Nothing of the machine's own
//! PostgreSQL is used or touched; `scripts/setup.sh` installs the package.
#![allow(clippy::expect_used, reason = "a test's cluster that cannot start must fail the test")]
#![allow(dead_code, reason = "each test file uses what it needs")]

pub mod plan;

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug)]
pub struct PgCluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
}

/// The newest PostgreSQL server installed (`/usr/lib/postgresql/N/bin`).
fn server_bin() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (scripts/setup.sh)")
        .filter_map(Result::ok)
        .filter_map(|entry| Some((entry.file_name().to_str()?.parse().ok()?, entry.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL server with initdb").1
}

fn as_root() -> bool {
    // The owner of /proc/self is the user this process runs as.
    std::os::unix::fs::MetadataExt::uid(&std::fs::metadata("/proc/self").expect("proc")) == 0
}

/// Runs a server program, as `postgres` when this process is root.
fn run(program: &Path, args: &[&str]) {
    let output = if as_root() {
        Command::new("runuser").args(["-u", "postgres", "--"]).arg(program).args(args).output()
    } else {
        Command::new(program).args(args).output()
    }
    .expect("run a PostgreSQL program");
    assert!(
        output.status.success(),
        "{} {args:?}: {}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("address").port()
}

impl PgCluster {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        if as_root() {
            let status = Command::new("chown").args(["postgres:postgres"]).arg(dir.path()).status().expect("chown");
            assert!(status.success(), "chown the cluster's folder to postgres");
        }
        let bin = server_bin();
        let data = dir.path().join("data");
        let data = data.to_str().expect("utf-8 path");
        run(
            &bin.join("initdb"),
            &["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
        );
        let port = free_port();
        let socket = dir.path().to_str().expect("utf-8 path");
        // fsync off: a test's cluster never outlives the test.
        let options = format!("-p {port} -k {socket} -c listen_addresses=127.0.0.1 -c fsync=off");
        let log = dir.path().join("server.log");
        run(&bin.join("pg_ctl"), &["-D", data, "-o", &options, "-l", log.to_str().expect("utf-8"), "-w", "start"]);
        Self { dir, bin, port }
    }

    /// A URL for database `name`, created if need be.
    pub fn database(&self, name: &str) -> String {
        if name != "postgres" {
            let psql = self.bin.join("psql");
            let output = Command::new(psql)
                .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-U", "postgres", "-d", "postgres", "-c"])
                .arg(format!("CREATE DATABASE \"{name}\""))
                .output()
                .expect("psql");
            assert!(output.status.success(), "create {name}: {}", String::from_utf8_lossy(&output.stderr));
        }
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// Stops the server at once, as a crash or a power cut would.
    pub fn kill(&self) {
        self.pg_ctl(&["-m", "immediate", "stop"]);
    }

    /// Starts it again on the same port and data.
    pub fn restart(&self) {
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.socket());
        let log = self.dir.path().join("server.log");
        self.pg_ctl(&["-o", &options, "-l", log.to_str().expect("utf-8"), "-w", "start"]);
    }

    fn socket(&self) -> &str {
        self.dir.path().to_str().expect("utf-8 path")
    }

    fn pg_ctl(&self, args: &[&str]) {
        let data = self.dir.path().join("data");
        let mut all = vec!["-D", data.to_str().expect("utf-8")];
        all.extend_from_slice(args);
        run(&self.bin.join("pg_ctl"), &all);
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let program = self.bin.join("pg_ctl");
        let args = ["-D", data.to_str().unwrap_or_default(), "-m", "immediate", "stop"];
        // Best effort: the server may be stopped already (a test killed it).
        let _ = if as_root() {
            Command::new("runuser").args(["-u", "postgres", "--"]).arg(&program).args(args).output()
        } else {
            Command::new(&program).args(args).output()
        };
    }
}
