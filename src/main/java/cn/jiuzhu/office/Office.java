package cn.jiuzhu.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An office that handles cases (经办机构). Its region is its jurisdiction. */
@Entity
@Table(name = "office")
@Description("经办机构: a township/street office, county civil affairs bureau, department or hotline centre")
public class Office {

    @Id
    @NonNull
    @Description("Stable office code carried in staff tokens, e.g. 410305001 or 410305-MZ")
    public String code;

    @NonNull
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    public OfficeKind kind;

    @NonNull
    @Column(name = "region_code")
    @Description("Code of the region the office is responsible for")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Description("For departments only")
    public Department department;
}
