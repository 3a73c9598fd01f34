package org.ctpengine.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.strategies.params.Problems;

/**
 * Reads YAML into Jackson types strictly (unknown keys, fractions for integers, nulls for numbers all refused)
 * and turns Jackson's exceptions into one-line {@link ConfigException}s naming the key path and the bad value.
 */
final class ConfigReader
{
    private final ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a key given twice: YAML would keep the last silently
        .build();
    private final Problems problems;

    ConfigReader(final Problems problems)
    {
        this.problems = problems;
    }

    /** The file bound to {@code type}; a missing or empty file, bad YAML or a bad key is a {@link ConfigException}. */
    <T> T read(final Path file, final Class<T> type)
    {
        return parse(file, bytes(file), type);
    }

    /** The file's bytes, as the digest in the journal covers them; a missing or unreadable file is a {@link ConfigException}. */
    byte[] bytes(final Path file)
    {
        try
        {
            return Files.readAllBytes(file);
        }
        catch (final NoSuchFileException e)
        {
            throw problems.at("", "no such file (" + file.toAbsolutePath() + ")");
        }
        catch (final IOException e)
        {
            throw problems.at("", "cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /** {@code bytes} (the content of {@code file}) bound to {@code type}, as {@link #read}. */
    <T> T parse(final Path file, final byte[] bytes, final Class<T> type)
    {
        final String text;
        try
        {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (final CharacterCodingException e)
        {
            throw problems.at("", "cannot read " + file.toAbsolutePath() + ": not UTF-8 text");
        }
        if (text.isBlank())
        {
            throw problems.at("", "the file is empty");
        }
        try
        {
            return mapper.readValue(text, type);
        }
        catch (final JsonProcessingException e)
        {
            throw translate(e, text);
        }
    }

    /** A YAML tree, for files whose values must never be echoed (credentials). */
    JsonNode readTree(final Path file) throws IOException
    {
        try
        {
            return mapper.readTree(Files.readString(file));
        }
        catch (final JsonProcessingException e)
        {
            // only where: a YAML error's message may quote the secret next to it
            throw problems.at("", "not valid YAML" + where(e.getLocation()));
        }
    }

    private ConfigException translate(final JsonProcessingException e, final String text)
    {
        if (!(e instanceof JsonMappingException mapping))
        {
            return problems.at("", "not valid YAML" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
        final String path = path(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown)
        {
            return problems.at(path, "unknown key" + hint(unknown.getPropertyName()) +
                Suggestions.didYouMean(unknown.getPropertyName(), names(unknown.getKnownPropertyIds())));
        }
        if (e instanceof InvalidFormatException format)
        {
            return problems.at(path, Problems.quote(format.getValue()) + " is not " + describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch)
        {
            return problems.at(path, "expected " + describe(mismatch.getTargetType()) + found(text, mismatch.getPath()));
        }
        return problems.at(path, e.getOriginalMessage());
    }

    /** Passwords in the file are the one mistake worth a specific answer. */
    private static String hint(final String key)
    {
        return key.matches("(?i).*(password|auth-?code|secret).*") ?
            " (credentials never go in the configuration: use credentials.password-env / auth-code-env or credentials.file)" : "";
    }

    private static List<String> names(final Collection<Object> known)
    {
        return known.stream().map(String::valueOf).toList();
    }

    /** What the file holds at the reference chain, for "expected X, found Y" (Jackson's parser has moved on). */
    private String found(final String text, final List<JsonMappingException.Reference> references)
    {
        JsonNode node;
        try
        {
            node = mapper.readTree(text);
        }
        catch (final JsonProcessingException e)
        {
            return "";
        }
        for (final JsonMappingException.Reference reference : references)
        {
            if (node == null)
            {
                return "";
            }
            node = reference.getFieldName() != null ? node.get(reference.getFieldName()) : node.get(reference.getIndex());
        }
        if (node == null)
        {
            return "";
        }
        if (node.isObject())
        {
            return ", found a mapping";
        }
        if (node.isArray())
        {
            return ", found a list";
        }
        if (node.isNull())
        {
            return ", found nothing";
        }
        return ", found " + (node.isTextual() ? "\"" + node.asText() + "\"" : node.asText());
    }

    static String describe(final Class<?> type)
    {
        if (type == null)
        {
            return "a value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class)
        {
            return "an integer";
        }
        if (type == Double.class || type == double.class)
        {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class)
        {
            return "true or false";
        }
        if (type == String.class)
        {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray())
        {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord())
        {
            return "a mapping (key: value lines)";
        }
        return "a " + type.getSimpleName();
    }

    private static String where(final JsonLocation location)
    {
        return location == null || location.getLineNr() < 1 ? "" :
            " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** {@code accounts[0].fronts[1]} from Jackson's reference chain. */
    static String path(final List<JsonMappingException.Reference> references)
    {
        final StringBuilder path = new StringBuilder();
        for (final JsonMappingException.Reference reference : references)
        {
            if (reference.getFieldName() != null)
            {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0)
            {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
