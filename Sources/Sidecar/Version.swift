/// The sidecar's version, reported by `ping`, `--version`, the User-Agent and the OpenRPC document.
public enum SidecarVersion {
    public static let current = "0.1.0"
}
