//! A ministry's own certificate authority and a hub certificate it signed
//! for `localhost` and 127.0.0.1, written as PEM files into `dir`: what a
//! TLS test serves with and what its desktop trusts.

use std::path::{Path, PathBuf};

pub struct Certificates {
    pub authority: PathBuf,
    pub certificate: PathBuf,
    pub key: PathBuf,
}

pub fn certificates(dir: &Path) -> Certificates {
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name.push(rcgen::DnType::CommonName, "Ministry test authority");
    let ca_key = rcgen::KeyPair::generate().expect("key");
    let authority = rcgen::CertifiedIssuer::self_signed(ca, ca_key).expect("authority");
    let hub = rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()]).expect("params");
    let hub_key = rcgen::KeyPair::generate().expect("key");
    let hub_certificate = hub.signed_by(&hub_key, &authority).expect("signed");
    let files = Certificates {
        authority: dir.join("authority.pem"),
        certificate: dir.join("hub.pem"),
        key: dir.join("hub-key.pem"),
    };
    std::fs::write(&files.authority, authority.pem()).expect("write");
    std::fs::write(&files.certificate, hub_certificate.pem()).expect("write");
    std::fs::write(&files.key, hub_key.serialize_pem()).expect("write");
    files
}
