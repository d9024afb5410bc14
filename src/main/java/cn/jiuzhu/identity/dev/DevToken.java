package cn.jiuzhu.identity.dev;

import java.time.Instant;

public record DevToken(String token, String tokenType, Instant expiresAt, String role, String subject) {
}
