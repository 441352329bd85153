//! Build script: for a Windows build, puts the icon, the version information (from
//! Cargo.toml) and a manifest (per-monitor DPI awareness, long paths, no admin rights) into
//! the .exe. Other platforms need nothing.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/behoeftewijzer.ico");
    println!("cargo:rerun-if-changed=packaging/windows/behoeftewijzer.manifest");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/behoeftewijzer.ico")
        .set("ProductName", "Behoeftewijzer")
        .set(
            "FileDescription",
            "Behoeftewijzer: overleg met de Alliantie Verandering van Binnenuit voorbereiden",
        )
        .set("CompanyName", "Behoeftewijzer")
        .set("LegalCopyright", "EUPL-1.2; zie LICENSE")
        .set("OriginalFilename", "behoeftewijzer.exe")
        .set_manifest_file("packaging/windows/behoeftewijzer.manifest");
    if let Err(e) = res.compile() {
        // Without its resources the .exe would still run, but the packaging checks need them.
        panic!("the Windows resources could not be built ({e}); install binutils-mingw-w64-x86-64");
    }
}
