package cn.jiuzhu.identity.dev;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.jiuzhu.common.validation.ValidIdNumber;
import cn.jiuzhu.common.validation.ValidText;

@Schema(description = "What the development token should say")
public record DevTokenRequest(
        @NotBlank @ValidText(singleLine = true) @Schema(description = "resident, hotline_operator, caseworker, county_officer, department_officer, provincial_officer, auditor, admin or data_feed", example = "resident") String role,
        @ValidIdNumber @Schema(description = "Residents: their ID number", example = "11010519491231002X") String idNumber,
        @Size(max = 32) @ValidText(singleLine = true) @Schema(description = "Staff: their office code", example = "410305001") String officeCode,
        @Size(max = 50) @ValidText(singleLine = true) @Schema(description = "Display name", example = "张三") String name) {
}
