import BriefModel
import Foundation

/// The parts of a GeoJSON FeatureCollection a map needs: each feature's properties (text only) and its
/// Polygon or MultiPolygon rings, in degrees.
public struct GeoFeature: Sendable {
    public var properties: [String: String]
    /// Polygons, each a list of rings (the first the outline, the others holes).
    public var polygons: [[[GeoPoint]]]

    /// Every ring, outlines and holes, for drawing with the even-odd rule.
    public var rings: [[GeoPoint]] { polygons.flatMap { $0 } }
}

/// Why a GeoJSON file cannot be used.
public struct GeoJSONError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}

public enum GeoJSON {
    public static func features(_ data: Data, file: String) throws -> [GeoFeature] {
        let collection: Collection
        do {
            collection = try JSONDecoder().decode(Collection.self, from: data)
        } catch {
            throw GeoJSONError(file: file, reason: "not a GeoJSON FeatureCollection of polygons (\(error))")
        }
        return collection.features.map { feature in
            GeoFeature(properties: feature.properties.compactMapValues(\.text), polygons: feature.geometry.polygons)
        }
    }

    private struct Collection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        var properties: [String: Property]
        var geometry: Geometry
    }

    /// A property's value: only text and numbers are kept (as text).
    private struct Property: Decodable {
        var text: String?
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else {
                text = nil
            }
        }
    }

    private struct Geometry: Decodable {
        var polygons: [[[GeoPoint]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            func ring(_ points: [[Double]]) -> [GeoPoint] {
                points.filter { $0.count >= 2 }.map { GeoPoint(longitude: $0[0], latitude: $0[1]) }
            }
            switch type {
            case "Polygon":
                polygons = [try container.decode([[[Double]]].self, forKey: .coordinates).map(ring)]
            case "MultiPolygon":
                polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates).map { $0.map(ring) }
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .type, in: container, debugDescription: "a \(type), not a Polygon or MultiPolygon")
            }
        }
    }
}
