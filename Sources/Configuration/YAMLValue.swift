import Yams

/// A node of pipeline.yml together with its key path, so that every type error and unknown key
/// can say exactly where it is.
struct YAMLValue {
    let node: Node
    let path: String
    let file: String

    var line: Int? { node.mark.map { $0.line } }

    func error(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line, key: path, message: message)
    }

    /// The entries of a mapping whose keys must all be among `allowed`.
    func mapping(allowed: Set<String>? = nil) throws -> [(key: String, value: YAMLValue)] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys") }
        return try mapping.map { pair in
            guard let key = pair.key.string else { throw error("keys must be text") }
            let child = YAMLValue(node: pair.value, path: path.isEmpty ? key : "\(path).\(key)", file: file)
            if let allowed, !allowed.contains(key) {
                let known = allowed.sorted().joined(separator: ", ")
                throw ConfigurationError(
                    file: file, line: pair.key.mark?.line, key: child.path,
                    message: "unknown key (known keys here: \(known))")
            }
            return (key, child)
        }
    }

    func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("expected text") }
        return scalar.string
    }

    func int() throws -> Int {
        guard case .scalar = node, let value = node.int else { throw error("expected a whole number") }
        return value
    }

    func double() throws -> Double {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init) else {
            throw error("expected a number")
        }
        return value
    }

    /// A list of text; a single text value is accepted as a list of one.
    func strings() throws -> [String] {
        switch node {
        case .sequence(let sequence):
            return try sequence.enumerated().map { index, item in
                try YAMLValue(node: item, path: "\(path)[\(index)]", file: file).string()
            }
        case .scalar:
            return [try string()]
        default:
            throw error("expected a list of text")
        }
    }
}
