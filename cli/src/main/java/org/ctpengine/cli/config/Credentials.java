package org.ctpengine.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.ctpengine.engine.config.Secret;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ctpengine.strategies.params.ConfigException;
import org.ctpengine.strategies.params.Problems;

/**
 * Resolves a {@code credentials:} section into {@link Secret}s: from environment variables the configuration
 * names, or from a file readable by its owner only ({@code password: ...}, {@code auth-code: ...}). Error
 * messages name variables, files and modes, never a value.
 */
final class Credentials
{
    /** The keys a credentials file may hold. */
    static final List<String> FILE_KEYS = List.of("password", "auth-code");
    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(
        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** A password and an auth code (either may be empty). */
    record Pair(Secret password, Secret authCode)
    {
        static final Pair EMPTY = new Pair(Secret.of(""), Secret.of(""));
    }

    private final Problems problems;
    private final Function<String, String> environment;
    private final ConfigReader reader;

    Credentials(final Problems problems, final Function<String, String> environment, final ConfigReader reader)
    {
        this.problems = problems;
        this.environment = environment;
        this.reader = reader;
    }

    /**
     * @param path     the section's key path, e.g. {@code accounts[0].credentials}
     * @param section  the section (null: no credentials)
     */
    Pair resolve(final String path, final ConfigFile.CredentialsSection section)
    {
        if (section == null)
        {
            return Pair.EMPTY;
        }
        final boolean fromEnvironment = section.passwordEnv() != null || section.authCodeEnv() != null;
        if (section.file() != null && fromEnvironment)
        {
            throw problems.at(path, "give either file or password-env/auth-code-env, not both");
        }
        if (section.file() != null)
        {
            return fromFile(path + ".file", Paths.expand(section.file()));
        }
        if (section.passwordEnv() == null)
        {
            throw problems.at(path, "no password source: set password-env (an environment variable's name) or file");
        }
        return new Pair(variable(path + ".password-env", section.passwordEnv()),
            section.authCodeEnv() == null ? Secret.of("") : variable(path + ".auth-code-env", section.authCodeEnv()));
    }

    private Secret variable(final String path, final String name)
    {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*"))
        {
            throw problems.at(path, Problems.quote(name) + " is not an environment variable name");
        }
        final String value = environment.apply(name);
        if (value == null || value.isEmpty())
        {
            throw problems.at(path, "environment variable " + name + " is not set");
        }
        return Secret.of(value);
    }

    private Pair fromFile(final String path, final Path file)
    {
        checkOwnerOnly(path, file);
        final JsonNode tree;
        try
        {
            tree = reader.readTree(file);
        }
        catch (final AccessDeniedException e)
        {
            throw problems.at(path, "credentials file " + file + " is not readable by this user");
        }
        catch (final IOException e)
        {
            throw problems.at(path, "cannot read credentials file " + file + ": " + e.getMessage());
        }
        catch (final ConfigException e)
        {
            throw problems.at(path, "credentials file " + file + ": " + e.problem());
        }
        if (tree == null || !tree.isObject())
        {
            throw problems.at(path, "credentials file " + file + " must hold 'password: ...' (and optionally 'auth-code: ...')");
        }
        final List<String> unknown = new ArrayList<>();
        for (final Iterator<String> names = tree.fieldNames(); names.hasNext(); )
        {
            final String name = names.next();
            if (!FILE_KEYS.contains(name))
            {
                unknown.add(name + Suggestions.didYouMean(name, FILE_KEYS));
            }
        }
        if (!unknown.isEmpty())
        {
            throw problems.at(path, "credentials file " + file + ": unknown key " + String.join(", ", unknown));
        }
        final Secret password = secret(path, file, tree, "password");
        if (password.isEmpty())
        {
            throw problems.at(path, "credentials file " + file + " has no password");
        }
        return new Pair(password, secret(path, file, tree, "auth-code"));
    }

    private Secret secret(final String path, final Path file, final JsonNode tree, final String key)
    {
        final JsonNode node = tree.get(key);
        if (node == null || node.isNull())
        {
            return Secret.of("");
        }
        if (!node.isValueNode() || node.isBoolean())
        {
            throw problems.at(path, "credentials file " + file + ": " + key + " must be a string (quote it)");
        }
        return Secret.of(node.asText());
    }

    private void checkOwnerOnly(final String path, final Path file)
    {
        final Set<PosixFilePermission> permissions;
        try
        {
            permissions = Files.getPosixFilePermissions(file);
        }
        catch (final NoSuchFileException e)
        {
            throw problems.at(path, "credentials file " + file + " does not exist");
        }
        catch (final IOException | UnsupportedOperationException e)
        {
            throw problems.at(path, "cannot read the permissions of credentials file " + file + ": " + e.getMessage());
        }
        if (!Files.isRegularFile(file))
        {
            throw problems.at(path, "credentials file " + file + " is not a regular file");
        }
        if (!OWNER_ONLY.containsAll(permissions))
        {
            throw problems.at(path, "credentials file " + file + " has mode " + mode(permissions) + " (" +
                PosixFilePermissions.toString(permissions) + "): group and others must have no access (chmod 600 " + file + ")");
        }
        // the owner's read bit, not access(2): root may read anything, yet a file its owner cannot read is a mistake
        if (!permissions.contains(PosixFilePermission.OWNER_READ) || !Files.isReadable(file))
        {
            throw problems.at(path, "credentials file " + file + " is not readable (mode " + mode(permissions) +
                "; chmod 600 " + file + ")");
        }
    }

    /** Octal, as chmod takes it: {@code 0644}. */
    static String mode(final Set<PosixFilePermission> permissions)
    {
        int mode = 0;
        for (final PosixFilePermission permission : permissions)
        {
            mode |= 1 << (8 - permission.ordinal()); // OWNER_READ is ordinal 0 = 0400 ... OTHERS_EXECUTE 8 = 0001
        }
        return String.format("0%03o", mode);
    }
}
