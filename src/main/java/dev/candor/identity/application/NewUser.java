package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator fills in to give someone access to Candor. */
public record NewUser(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @NotEmpty Set<Role> roles,
        @NotBlank String password) {}
